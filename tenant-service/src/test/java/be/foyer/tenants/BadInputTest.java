package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;

import be.foyer.platform.test.BadInputScenarios;
import be.foyer.platform.test.FoyerServiceTest;

/** Issue 13's bad input on every endpoint of this service (see {@link BadInputScenarios}), and examples. */
@FoyerServiceTest
class BadInputTest extends BadInputScenarios {

    @Test
    void a_name_with_a_direction_override_a_line_break_a_year_one_birth_and_too_many_languages_are_all_named()
            throws Exception {
        MvcResult result = send(HttpMethod.POST, "/api/tenants", alice(), "{\"firstName\":\"Ali\\u202Ece\","
                + "\"lastName\":\"Du\\nPont\",\"preferredName\":\"\\u0007\",\"birthDate\":\"0001-01-01\","
                + "\"languages\":" + jsonList(11) + "}");
        assertRefused(result, "firstName", "forbidden_character");
        assertRefused(result, "lastName", "forbidden_character");
        assertRefused(result, "preferredName", "forbidden_character");
        assertRefused(result, "birthDate", "implausible_date");
        assertRefused(result, "languages", "too_many");
    }

    @Test
    void the_lists_of_a_single_page_name_a_later_page_instead_of_answering_the_first() throws Exception {
        for (String path : new String[] {"/api/places", "/api/tenants/places"}) {
            assertRefused(http.perform(get(path).param("page", "2").with(alice())).andReturn(), "page", "too_large");
            assertThat(http.perform(get(path).param("page", "0").with(alice())).andReturn().getResponse()
                    .getStatus()).isEqualTo(200);
        }
    }

    @Test
    void a_name_in_a_right_to_left_script_and_with_accents_is_welcome() throws Exception {
        MvcResult result = send(HttpMethod.POST, "/api/tenants", alice(),
                "{\"firstName\":\"\u0644\u064a\u0644\u0649\",\"lastName\":\"Müller-Đorđević\"}");
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
    }
}
