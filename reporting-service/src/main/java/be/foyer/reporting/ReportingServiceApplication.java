package be.foyer.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The indicators of the contract, per organisation and federation-wide, per calendar month. Reads only what the
 * other services publish on Kafka (ids, dates, categories), never a name: no report holds personal data.
 */
@SpringBootApplication
public class ReportingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }
}
