package be.foyer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers itself, through {@code /error}, on a real port (MockMvc has no container):
 * every answer is problem+json with a status and a title, and holds no stack trace nor exception message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ErrorAnswersOnARealPortTest.App.class, properties = {
                "spring.autoconfigure.exclude="
                        + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                        + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
                        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
                        + "be.foyer.platform.mongo.FoyerMongoAutoConfiguration,"
                        + "be.foyer.platform.messaging.FoyerKafkaAutoConfiguration,"
                        + "be.foyer.platform.outbox.FoyerOutboxAutoConfiguration,"
                        + "be.foyer.platform.tenants.FoyerKnownTenantsAutoConfiguration",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/unused",
                "foyer.security.open-paths=/open/**"})
class ErrorAnswersOnARealPortTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void an_encoded_slash_in_a_path_gets_400_problem_json() throws Exception {
        assertProblem(send("/open/things/a%2Fb", "application/json"), 400);
    }

    @Test
    void an_unmapped_path_gets_404_problem_json() throws Exception {
        assertProblem(send("/open/nothing-here", "application/json"), 404);
    }

    @Test
    void an_accept_header_the_endpoint_cannot_answer_gets_406_problem_json() throws Exception {
        assertProblem(send("/open/things/a", "text/csv"), 406);
    }

    @Test
    void error_called_directly_reveals_nothing() throws Exception {
        HttpResponse<String> response = send("/error", "text/html");
        assertThat(response.statusCode()).as("the error page itself, not a 404 for an unmapped /error")
                .isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("trace", "exception", "Whitelabel");
    }

    private HttpResponse<String> send(String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":")
                .doesNotContain("trace", "exception", "Exception", "at org.", "Whitelabel", "<html");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @RestController
        static class Things {

            @GetMapping(path = "/open/things/{id}", produces = "application/json")
            String thing(@PathVariable String id) {
                return "{\"id\":\"" + id + "\"}";
            }
        }
    }
}
