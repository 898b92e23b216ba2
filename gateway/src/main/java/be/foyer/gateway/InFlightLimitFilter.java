package be.foyer.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Fairness between organisations whatever the services' speed: a request with a valid token holds a slot of its user
 * and one of its organisation ({@link Requester}) from the moment it is routed until its answer has been sent, failed
 * or been abandoned by the client. One organisation can so occupy at most {@code foyer.gateway.in-flight.organisation}
 * of the services' threads, and the rest of their capacity stays for the others. On top, all organisations share
 * {@code foyer.gateway.in-flight.total} slots ({@link SharedSlots}): one holding slots never takes the last free one,
 * so an organisation with nothing in flight is served at once however many others flood. A rate budget
 * ({@link RateLimitFilter}) cannot do this: it must be below what the platform serves, which depends on the machine.
 * <p>
 * Beyond a bound the request waits briefly at the gateway (a browser page fanning out a few calls at once is served,
 * a little later) and is answered 429 problem+json with {@code Retry-After: 1} when its line is full or the wait is
 * over. The user's slot is taken first, so one user cannot queue a colleague out of the organisation's slots.
 */
@Component
public class InFlightLimitFilter implements WebFilter, Ordered {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final InFlightSlots users;
    private final InFlightSlots organisations;
    private final SharedSlots shared;

    public InFlightLimitFilter(InFlightLimits limits) {
        this.users = new InFlightSlots(limits.user(), limits.maxWaiting(), limits.maxWait());
        this.organisations = new InFlightSlots(limits.organisation(), limits.maxWaiting(), limits.maxWait());
        this.shared = new SharedSlots(limits.total(), limits.maxWaiting(), limits.maxWait());
    }

    /** After the rate budgets ({@link RateLimitFilter}, 0): a request refused there takes no slot. */
    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof JwtAuthenticationToken token
                        ? Requester.of(token, exchange) : null)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(requester -> requester.isEmpty() ? chain.filter(exchange)
                        : withinBounds(requester.get(), exchange, chain));
    }

    private Mono<Void> withinBounds(Requester requester, ServerWebExchange exchange, WebFilterChain chain) {
        List<Slot> held = new CopyOnWriteArrayList<>();
        // the analyst acts for no organisation: her share of the platform is her own
        String sharer = requester.organisation() == null ? requester.user() : requester.organisation();
        Mono<Void> platform = slot(shared.take(sharer), held)
                .flatMap(taken -> taken ? chain.filter(exchange) : Problems.tooManyRequests(exchange, RETRY_AFTER,
                        "The platform is busy with other requests"));
        Mono<Void> organisation = requester.organisation() == null ? platform
                : slot(organisations.take(requester.organisation()), held)
                        .flatMap(taken -> taken ? platform : Problems.tooManyRequests(exchange, RETRY_AFTER,
                                "Your organisation has too many requests in progress"));
        return slot(users.take(requester.user()), held)
                .flatMap(taken -> taken ? organisation
                        : Problems.tooManyRequests(exchange, RETRY_AFTER, "You have too many requests in progress"))
                // completed, failed or cancelled (the client went away, even while waiting): every slot goes back
                .doFinally(signal -> held.forEach(Slot::release));
    }

    /** Takes the slot into {@code held}: true when taken, false when refused. */
    private static Mono<Boolean> slot(Mono<Slot> taking, List<Slot> held) {
        return taking.map(slot -> {
            held.add(slot);
            return true;
        }).defaultIfEmpty(false);
    }

    /** Users and organisations with requests in flight or waiting (tests: zero once everything is over). */
    int activeKeys() {
        return users.activeKeys() + organisations.activeKeys() + shared.activeKeys();
    }
}
