package be.foyer.platform.security.app;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The smallest service on the platform: one API endpoint, Actuator and the platform's security. */
@SpringBootApplication
public class SecuredApp {

    @RestController
    static class PingController {

        @GetMapping("/api/ping")
        Map<String, String> ping() {
            return Map.of("answer", "pong");
        }
    }
}
