package be.foyer.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every bundle in src/main/resources/i18n has the same keys, none empty, in French, Dutch and English. */
class BundleKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyBundleHasTheSameKeysInTheThreeLanguages() throws IOException {
        Set<String> bundles = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .forEach(n -> bundles.add(n.replaceAll("_(fr|nl|en)\\.properties$", "")));
        }
        assertThat(bundles).contains("common", "enums", "home", "tenants", "housing");
        for (String bundle : bundles) {
            Properties fr = load(bundle, "fr");
            Properties nl = load(bundle, "nl");
            Properties en = load(bundle, "en");
            assertThat(nl.stringPropertyNames()).as(bundle + "_nl against _fr").isEqualTo(fr.stringPropertyNames());
            assertThat(en.stringPropertyNames()).as(bundle + "_en against _fr").isEqualTo(fr.stringPropertyNames());
            for (Properties language : new Properties[] {fr, nl, en}) {
                language.forEach((key, value) -> assertThat(value.toString()).as(bundle + ": " + key).isNotBlank());
            }
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        Path file = BUNDLES.resolve(bundle + "_" + language + ".properties");
        assertThat(file).as("missing " + file).exists();
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
