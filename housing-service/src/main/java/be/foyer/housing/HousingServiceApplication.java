package be.foyer.housing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The organisations' housing: sites, dwellings, tenancies and housing searches, with the tenants each organisation
 * has (read model of tenant-service).
 */
@SpringBootApplication
public class HousingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HousingServiceApplication.class, args);
    }
}
