package be.foyer.web.config;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language: the one the user picked ({@code ?lang=nl}, remembered in the {@code FOYER_LANG} cookie for a year),
 * else the browser's (Accept-Language) when it is one of ours, else French. A locale we do not speak (a tampered
 * cookie) never reaches the message bundles.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfig implements WebMvcConfigurer {

    public static final String LANGUAGE_PARAMETER = "lang";
    static final String LANGUAGE_COOKIE = "FOYER_LANG";

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(Languages.SUPPORTED);
        browser.setDefaultLocale(Languages.FRENCH);
        CookieLocaleResolver picked = new CookieLocaleResolver(LANGUAGE_COOKIE);
        picked.setCookieMaxAge(Duration.ofDays(365));
        picked.setCookieSameSite("Lax");
        picked.setCookieHttpOnly(true);
        picked.setDefaultLocaleFunction(browser::resolveLocale);
        return new SupportedLocaleResolver(picked, browser);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** {@code ?lang=xx} on any page switches the language when we speak it. */
    private static final class LanguageSwitch implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Locale picked = Languages.supported(request.getParameter(LANGUAGE_PARAMETER));
            if (picked != null) {
                RequestContextUtils.getLocaleResolver(request).setLocale(request, response, picked);
            }
            return true;
        }
    }

    /** Clamps whatever the cookie says to a supported language. */
    private record SupportedLocaleResolver(CookieLocaleResolver picked, AcceptHeaderLocaleResolver browser)
            implements LocaleResolver {
        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = Languages.supported(picked.resolveLocale(request));
            return locale != null ? locale : browser.resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            picked.setLocale(request, response, locale);
        }
    }
}
