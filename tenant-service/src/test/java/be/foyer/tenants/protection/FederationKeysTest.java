package be.foyer.tenants.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FederationKeysTest {

    @Test
    void the_key_is_the_hmac_sha256_of_the_digits_in_lowercase_hex() {
        FederationKeys keys = new FederationKeys("dev-only-federation-secret-do-not-use-in-production");

        // computed independently: python3 hmac.new(secret, b'85073003328', hashlib.sha256).hexdigest()
        assertThat(keys.of("85073003328"))
                .isEqualTo("a16499c56d762af8f998b17f6a7bedb966a3b7151bd252d4696cb941cba1604a")
                .matches("[0-9a-f]{64}");
    }

    @Test
    void another_secret_gives_another_key() {
        assertThat(new FederationKeys("other").of("85073003328"))
                .isNotEqualTo(new FederationKeys("dev-only-federation-secret-do-not-use-in-production").of("85073003328"));
    }
}
