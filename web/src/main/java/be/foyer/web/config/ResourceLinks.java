package be.foyer.web.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as they are. With webjars-locator-lite on the classpath Spring Boot turns the resource chain on,
 * and its Thymeleaf configuration registers {@link ResourceUrlEncodingFilter} unless one is registered already: that
 * filter passes every link a page writes ({@code @{/tenants/…}} included) through the chain, where a link that is no
 * static file is looked up in the jar's static folders every time (only hits are cached). The benchmark
 * (docs/benchmarks.md) found half of web's CPU there. This registration, switched off, stands in for it. The webjars
 * stay reachable without their version ({@code /webjars/htmx.org/dist/htmx.min.js}): the chain resolves requests.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
