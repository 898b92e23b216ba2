package be.foyer.web.api;

/** 503 from the gateway, or the gateway unreachable or too slow. */
public class ServiceUnavailableException extends RuntimeException {

    private final ApiService service;

    public ServiceUnavailableException(ApiService service, String reason, Throwable cause) {
        super(service.key() + " unavailable: " + reason, cause);
        this.service = service;
    }

    public ApiService service() {
        return service;
    }
}
