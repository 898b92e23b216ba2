package be.foyer.platform.security;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.issuedTo;
import static be.foyer.platform.test.TestTokens.operator;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import be.foyer.platform.security.app.SecuredApp;
import be.foyer.platform.test.EmbeddedMongo;

/** What the platform's security gives every service: Foyer clients only, Actuator for operators, loopback. */
@SpringBootTest(classes = SecuredApp.class, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:1", "spring.mongodb.database=security-test",
        "spring.kafka.admin.auto-create=false"})
@AutoConfigureMockMvc
class PlatformSecurityTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", EmbeddedMongo::uri);
    }

    @Autowired
    MockMvc http;

    @Value("${server.address}")
    String serverAddress;

    @Test
    void a_token_of_a_foyer_client_is_accepted() throws Exception {
        http.perform(get("/api/ping").with(alice())).andExpect(status().isOk());
        http.perform(get("/api/ping").with(issuedTo("foyer-web", "alice", "staff", "smes")))
                .andExpect(status().isOk());
    }

    @Test
    void a_token_the_realm_issued_to_another_client_is_401() throws Exception {
        http.perform(get("/api/ping").with(issuedTo("admin-cli", "alice", "staff", "smes")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
        // even with the operator's role, and on Actuator
        http.perform(get("/actuator/metrics").with(issuedTo("account-console", "olga", Roles.PLATFORM_OPERATOR)))
                .andExpect(status().isUnauthorized());
        http.perform(get("/api/ping").with(issuedTo(null, "alice", "staff", "smes")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void actuator_beyond_health_needs_the_platform_operator() throws Exception {
        http.perform(get("/actuator/metrics").with(alice())).andExpect(status().isForbidden());
        http.perform(get("/actuator/metrics").with(chloe())).andExpect(status().isForbidden());
        http.perform(get("/actuator/info").with(chloe())).andExpect(status().isForbidden());
        http.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        http.perform(get("/actuator/metrics").with(operator())).andExpect(status().isOk());
    }

    @Test
    void health_stays_open() throws Exception {
        http.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void services_listen_on_loopback_unless_told_otherwise() {
        org.assertj.core.api.Assertions.assertThat(serverAddress).isEqualTo("127.0.0.1");
    }
}
