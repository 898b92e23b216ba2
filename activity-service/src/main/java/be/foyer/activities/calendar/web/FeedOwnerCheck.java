package be.foyer.activities.calendar.web;


import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import be.foyer.activities.calendar.CalendarFeeds;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.CallerResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A feed request carries no token, so the service learns its owner's standing from the owner's own signed-in
 * requests: at each one (whatever the endpoint, refused ones too), the owner's feeds are checked against the roles
 * and organisations of that token. A feed whose organisation the token no longer has, or whose owner no longer has a
 * role that may have feeds, is suspended; the others count their owner as seen.
 */
@Component
public class FeedOwnerCheck implements HandlerInterceptor, WebMvcConfigurer {

    private final CalendarFeeds feeds;
    private final CallerResolver callers;

    public FeedOwnerCheck(CalendarFeeds feeds, CallerResolver callers) {
        this.feeds = feeds;
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            feeds.ownerSeen(token.getToken().getSubject(), organisation -> mayHaveFeed(authentication, organisation));
        }
        return true;
    }

    /** Whether this token may act for {@code organisation} with a role that may have feeds. */
    private boolean mayHaveFeed(Authentication authentication, String organisation) {
        try {
            Caller caller = callers.resolve(authentication, organisation);
            return caller.hasAnyRole(CalendarFeeds.FEED_ROLES.toArray(String[]::new));
        } catch (NotPermittedException notAMember) {
            return false;
        }
    }
}
