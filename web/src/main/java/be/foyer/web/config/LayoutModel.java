package be.foyer.web.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import be.foyer.web.security.CurrentUser;
import be.foyer.web.security.CurrentUserResolver;

/**
 * What templates/layout.html needs on every page, error pages included: the signed-in user and the language
 * switcher's links (the current address with {@code lang} replaced). The page itself passes its title and its
 * navigation item to the layout fragment.
 */
@ControllerAdvice
public class LayoutModel {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUserResolver.current();
    }

    /** Language tag to link, in the switcher's order. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            UriComponents link = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam(LocaleConfig.LANGUAGE_PARAMETER, language.getLanguage())
                    .build();
            // relative: the host as the browser knows it stays the gateway's
            links.put(language.getLanguage(), link.getPath() + "?" + link.getQuery());
        }
        return links;
    }
}
