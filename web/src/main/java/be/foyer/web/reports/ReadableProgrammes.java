package be.foyer.web.reports;

import java.util.List;

import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.api.ServiceUnavailableException;

/** The programmes the signed-in user may read ({@code GET /api/reports/programmes}): the API says whose they are. */
@Component
class ReadableProgrammes {

    private final ApiClient api;

    ReadableProgrammes(ApiClient api) {
        this.api = api;
    }

    /** The programme among those the user may read, else the not-found page (as the API's 404). */
    Programmes.Programme find(String id, String page) {
        Programmes.Programme programme = api.get("/api/reports/programmes", Programmes.class).find(id);
        if (programme == null) {
            throw new NotFoundException(page);
        }
        return programme;
    }

    /** For links and a dashboard's lead section, which are a help, not the page: an empty list if the API fails. */
    List<Programmes.Programme> orNone() {
        try {
            Programmes programmes = api.get("/api/reports/programmes", Programmes.class);
            return programmes == null ? List.of() : programmes.items();
        } catch (ForbiddenException | NotFoundException | ServiceUnavailableException notNow) {
            return List.of();
        }
    }
}
