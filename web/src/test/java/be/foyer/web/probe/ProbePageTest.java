package be.foyer.web.probe;

import org.springframework.test.context.TestPropertySource;

import be.foyer.web.PageTest;

/** Page tests of {@link ProbeController}, whose labels are in the test-only bundle i18n/probe. */
@TestPropertySource(properties = "foyer.messages=i18n/common,i18n/enums,i18n/home,i18n/tenants,i18n/housing,i18n/probe")
abstract class ProbePageTest extends PageTest {
}
