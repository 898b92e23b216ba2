package be.foyer.web.support;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a POST tells the page it redirects to (PRG), shown by {@code fragments/banners}: flash {@code success} (a text
 * already in the user's language) in the success banner, flash {@code draftCleared} (a browser draft the save made
 * useless, deleted by the banner's {@code data-draft-clear}), flash {@code problem} (a text) in an important banner.
 */
public final class Banners {

    public static final String SUCCESS = "success";
    public static final String DRAFT_CLEARED = "draftCleared";
    public static final String PROBLEM = "problem";

    private Banners() {
    }

    public static void success(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(SUCCESS, text);
    }

    public static void success(RedirectAttributes redirect, String text, String draftToClear) {
        success(redirect, text);
        if (draftToClear != null) {
            redirect.addFlashAttribute(DRAFT_CLEARED, draftToClear);
        }
    }

    public static void problem(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(PROBLEM, text);
    }
}
