package be.foyer.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's {@code @PreAuthorize} roles before its body is read. Method security runs only once the
 * arguments are bound and validated, so a refused role would otherwise get a 400 that lists the required fields;
 * an interceptor runs before argument binding, so every service refuses the role first, with 403, the same way.
 * The expressions are role checks only (no argument of the call is known yet, so none may be referred to);
 * method security still checks them again around the call.
 */
public class RolesBeforeBody implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    public RolesBeforeBody(ApplicationContext context) {
        preAuthorize.setApplicationContext(context);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod endpoint) {
            SimpleMethodInvocation call = new SimpleMethodInvocation(endpoint.getBean(), endpoint.getMethod(),
                    new Object[endpoint.getMethod().getParameterCount()]);
            AuthorizationResult decision = preAuthorize.authorize(
                    () -> SecurityContextHolder.getContext().getAuthentication(), call);
            if (decision != null && !decision.isGranted()) {
                throw new AccessDeniedException("Your role does not allow this action.");
            }
        }
        return true;
    }
}
