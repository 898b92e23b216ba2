package be.foyer.platform.problem;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A 400 names every field at fault at once, annotations and self-checks together, each with its stable code. */
class FieldErrorsTest {

    record Visit(@NotBlank(message = "is required") String mode,
            @Size(max = 5, message = "must be at most 5 characters") String note,
            @Size(max = 2, message = "must list at most 2") List<String> domains,
            @PastOrPresent(message = "cannot be in the future") LocalDate date,
            LocalDate until) implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(until == null || date == null || !until.isBefore(date), "until", FieldErrorCode.BEFORE_START,
                    "cannot be before date");
            // Already refused by its annotation: not named twice.
            checks.require(mode != null && !mode.isBlank(), "mode", FieldErrorCode.REQUIRED, "is required");
        }
    }

    @RestController
    static class VisitController {
        @PostMapping("/visits")
        String record(@Valid @RequestBody Visit visit) {
            return "ok";
        }

        @GetMapping("/visits")
        String list(@RequestParam LocalDate from) {
            return "ok";
        }
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new VisitController())
                .setControllerAdvice(new ProblemDetailsAdvice(), new SelfCheckingBinder())
                .setValidator(validator)
                .build();
    }

    @Test
    void everyInvalidFieldIsNamedOnceWithItsCode() throws Exception {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content("""
                {"mode":" ","note":"far too long","domains":["a","b","c"],"date":"%s","until":"2020-01-01"}
                """.formatted(tomorrow)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("mode", "note", "domains", "date", "until")))
                .andExpect(jsonPath("$.errors[?(@.field=='mode')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='note')].code").value("too_long"))
                .andExpect(jsonPath("$.errors[?(@.field=='domains')].code").value("too_many"))
                .andExpect(jsonPath("$.errors[?(@.field=='date')].code").value("in_future"))
                .andExpect(jsonPath("$.errors[?(@.field=='until')].code").value("before_start"))
                .andExpect(jsonPath("$.errors[?(@.field=='until')].message").value("cannot be before date"));
    }

    @Test
    void aValidBodyPasses() throws Exception {
        mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content("""
                {"mode":"PHONE","date":"2024-01-01","until":"2024-01-02"}
                """)).andExpect(status().isOk());
    }

    @Test
    void anUnreadableDateIsNotADate() throws Exception {
        mvc.perform(post("/visits").contentType(MediaType.APPLICATION_JSON).content("""
                {"mode":"PHONE","date":"yesterday"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].code").value("not_a_date"));
        mvc.perform(get("/visits").param("from", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("not_a_date"));
    }
}
