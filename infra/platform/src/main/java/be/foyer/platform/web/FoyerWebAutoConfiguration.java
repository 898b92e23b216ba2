package be.foyer.platform.web;

import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import be.foyer.platform.access.RolesBeforeBody;
import be.foyer.platform.security.Caller;

import be.foyer.platform.problem.ProblemDetailsAdvice;
import be.foyer.platform.problem.ProblemErrorController;
import be.foyer.platform.problem.ProblemResponses;
import be.foyer.platform.problem.SelfCheckingBinder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (from controllers and from the container's error page), correlation ids, pagination and the
 * role checked before the body for every service's HTTP API.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class) // its error controller stands back for ours
public class FoyerWebAutoConfiguration {

    @Bean
    public ProblemErrorController problemErrorController(JsonMapper json) {
        return new ProblemErrorController(json);
    }

    @Bean
    public ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /**
     * Tomcat refuses an encoded slash ({@code %2F}) itself, with an HTML page that no error page can replace (the
     * request is refused before it reaches the application). Let it through unchanged instead: Spring Security's
     * firewall refuses it next, and {@link ProblemResponses} answers 400 problem+json.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
    public TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    @Bean
    public SelfCheckingBinder selfCheckingBinder() {
        return new SelfCheckingBinder();
    }

    @Bean
    public ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before security, so 401 lines carry the id too
        return registration;
    }

    @Bean
    public ApiDocumentProblems apiDocumentProblems(
            @Value("${foyer.security.open-paths:}") String[] serviceOpenPaths,
            @Value("${server.max-http-request-header-size:8KB}") DataSize requestHeadLimit) {
        return new ApiDocumentProblems((int) requestHeadLimit.toBytes(), serviceOpenPaths);
    }

    @Bean
    public OperationCustomizer pageParametersInApiDocument() {
        // Neither the caller (from the token) nor the page object is something a caller sends as such.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, PageQuery.class);
        return new PageParameters();
    }

    @Bean
    public PropertyCustomizer signBoundsInApiDocument() {
        return new SignBounds();
    }

    @Bean
    public PropertyCustomizer mapBoundsInApiDocument() {
        return new MapBounds();
    }

    @Bean
    public WebMvcConfigurer rolesBeforeBodyConfigurer(ApplicationContext context) {
        RolesBeforeBody rolesBeforeBody = new RolesBeforeBody(context);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(rolesBeforeBody);
            }
        };
    }

    @Bean
    public WebMvcConfigurer pageQueryArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PageQueryArgumentResolver());
            }
        };
    }
}
