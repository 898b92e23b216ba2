package be.foyer.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import be.foyer.launcher.process.PlatformSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * The six apps' images come from one Dockerfile: every app in docker-compose.yml is built from
 * infra/docker/Dockerfile with a MODULE that is a Maven module building {@code <module>/target/<module>.jar} and the
 * launcher's port, and the root .dockerignore lets that jar through. So the compose file, the Dockerfile and the
 * modules cannot drift apart without a failing build (no Docker engine is needed to read them).
 */
class DockerComposeFileTest {

    private static final String DOCKERFILE = "infra/docker/Dockerfile";

    private static final Path REPO = Path.of("").toAbsolutePath().resolve("../..").normalize();

    private static Map<String, Map<String, Object>> builtApps;

    @BeforeAll
    static void readTheComposeFile() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(REPO.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        builtApps = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, service) -> {
            if (map(service).containsKey("build")) {
                builtApps.put(name, map(service));
            }
        });
    }

    @Test
    void everyAppOfTheLauncherIsBuiltByCompose() {
        assertThat(builtApps.keySet())
                .containsExactlyInAnyOrderElementsOf(PlatformSettings.APPS.stream().map(PlatformSettings.AppSpec::name).toList());
    }

    @Test
    void everyAppIsBuiltFromTheOneDockerfileAtTheRepositoryRoot() {
        builtApps.forEach((name, service) -> {
            Map<String, Object> build = map(service.get("build"));
            assertThat(build.get("context")).as(name + " build context").isEqualTo(".");
            assertThat(build.get("dockerfile")).as(name + " dockerfile").isEqualTo(DOCKERFILE);
        });
    }

    @Test
    void everyModuleIsAMavenModuleBuildingItsJar() throws IOException {
        List<String> modules = texts(xml(REPO.resolve("pom.xml")).getDocumentElement(), "modules", "module");
        for (Map.Entry<String, Map<String, Object>> app : builtApps.entrySet()) {
            String module = String.valueOf(args(app.getValue()).get("MODULE"));
            assertThat(module).as(app.getKey() + " MODULE").isEqualTo(app.getKey());
            assertThat(modules).as("modules of the root pom.xml").contains(module);
            Path pomFile = REPO.resolve(module).resolve("pom.xml");
            Element pom = xml(pomFile).getDocumentElement();
            assertThat(child(pom, "artifactId")).as(module + " artifactId").isEqualTo(module);
            assertThat(child(pom, "packaging")).as(module + " packaging").isIn("", "jar");
            assertThat(texts(pom, "build", "finalName")).as(module + " finalName, so that the jar is target/" + module + ".jar")
                    .containsExactly("${project.artifactId}");
            assertThat(Files.readString(pomFile)).as(module + " repackages an executable jar")
                    .contains("<artifactId>spring-boot-maven-plugin</artifactId>");
        }
    }

    @Test
    void everyAppListensOnTheLaunchersPort() {
        builtApps.forEach((name, service) -> {
            String port = String.valueOf(PlatformSettings.app(name).basePort());
            assertThat(String.valueOf(args(service).get("PORT"))).as(name + " PORT").isEqualTo(port);
            assertThat(String.valueOf(map(service.get("environment")).get("SERVER_PORT"))).as(name + " SERVER_PORT")
                    .isEqualTo(port);
        });
    }

    @Test
    void theDockerfileCopiesTheJarOfItsModule() throws IOException {
        List<String> lines = Files.readAllLines(REPO.resolve(DOCKERFILE));
        assertThat(lines).contains("ARG MODULE", "ARG PORT", "COPY ${MODULE}/target/${MODULE}.jar /app/app.jar");
    }

    @Test
    void theBuildContextLetsEveryJarThrough() throws IOException {
        List<String> ignore = Files.readAllLines(REPO.resolve(".dockerignore"));
        assertThat(ignore).contains("*");
        builtApps.keySet().forEach(module -> assertThat(ignore).contains("!" + module + "/target/" + module + ".jar"));
    }

    @Test
    void noModuleKeepsADockerfileOfItsOwn() {
        List<String> copies = texts(xml(REPO.resolve("pom.xml")).getDocumentElement(), "modules", "module").stream()
                .filter(module -> Files.exists(REPO.resolve(module).resolve("Dockerfile"))
                        || Files.exists(REPO.resolve(module).resolve(".dockerignore")))
                .toList();
        assertThat(copies).as("modules with their own Dockerfile or .dockerignore").isEmpty();
    }

    private static Map<String, Object> args(Map<String, Object> service) {
        return map(map(service.get("build")).get("args"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    private static Document xml(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file + ": " + e, e);
        }
    }

    /** The text of a direct child element, empty when there is none. */
    private static String child(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(Node::getTextContent).map(String::trim).orElse("");
    }

    /** The texts of {@code parent/outer/inner}, direct children only (a plugin's configuration does not count). */
    private static List<String> texts(Element parent, String outer, String inner) {
        List<String> texts = new ArrayList<>();
        for (Element element : children(parent, outer)) {
            children(element, inner).forEach(e -> texts.add(e.getTextContent().trim()));
        }
        return texts;
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(node -> node instanceof Element element && element.getTagName().equals(name))
                .map(Element.class::cast)
                .collect(Collectors.toList());
    }
}
