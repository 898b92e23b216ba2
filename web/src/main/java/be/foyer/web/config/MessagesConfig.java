package be.foyer.web.config;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles named by {@code foyer.messages}, read as UTF-8. Only fr, nl and en exist (no bundle without a
 * language): Boot's own MessageSource would not start without such a base file, hence this bean. The locale never
 * falls back to the machine's: LocaleConfig only lets fr, nl and en through.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfig {

    @Bean
    MessageSource messageSource(@Value("${foyer.messages}") String[] bundles) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(bundles);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
