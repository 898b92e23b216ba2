package be.foyer.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where Spring Security forwards a refused request (role not allowed, missing CSRF token); status 403 is set. */
@Controller
class ErrorPagesController {

    @RequestMapping("/forbidden")
    String forbidden() {
        return "error/403";
    }
}
