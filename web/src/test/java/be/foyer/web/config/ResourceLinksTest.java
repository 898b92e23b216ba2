package be.foyer.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import be.foyer.web.PageTest;

/** Links leave the page as written (no resource-chain lookup per link), and what they point to is served. */
class ResourceLinksTest extends PageTest {

    @Test
    void pages_write_links_as_they_are_and_the_webjars_are_served_at_those_addresses() throws Exception {
        String page = mvc.perform(get("/signed-out")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"",
                "href=\"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css\"");
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
    }
}
