package uk.gov.lga.platform.support.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Caller#actsFor} / {@link Caller#requireActsFor}: the council's own officer, or one of the wider roles. */
class CallerTest {

    static final GssCode LEEDS = GssCode.of("E08000035");
    static final GssCode YORK = GssCode.of("E06000014");

    static final Caller LEEDS_OFFICER = Caller.user("officer.leeds", LEEDS, null, Set.of(Roles.COUNCIL_OFFICER));

    @Nested
    class OwnCouncilOfficer {

        @Test
        void actsForTheirCouncil() {
            assertThat(LEEDS_OFFICER.actsFor(LEEDS)).isTrue();
        }

        @Test
        void mayActForTheirCouncilWhateverWiderRolesAreNamed() {
            assertThatCode(() -> LEEDS_OFFICER.requireActsFor(LEEDS, Roles.LGA_ADVISER)).doesNotThrowAnyException();
        }

        @Test
        void isTheOfficerOfTheirCouncilOnly() {
            assertThat(LEEDS_OFFICER.councilOfOfficer()).contains(LEEDS);
            assertThat(LEEDS_OFFICER.isOfficerOf(LEEDS)).isTrue();
            assertThat(LEEDS_OFFICER.isOfficerOf(YORK)).isFalse();
        }
    }

    @Nested
    class AnotherCouncilsOfficer {

        @Test
        void doesNotActForTheCouncil() {
            assertThat(LEEDS_OFFICER.actsFor(YORK)).isFalse();
        }

        @Test
        void isRefusedWith403AndAReason() {
            assertForbidden(LEEDS_OFFICER, YORK);
        }

        @Test
        void isRefusedWithAReasonNamingTheWiderRoles() {
            assertThatThrownBy(() -> LEEDS_OFFICER.requireActsFor(YORK, Roles.LGA_ADVISER, Roles.RADAR_ANALYST))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.getMessage()).contains(Roles.LGA_ADVISER).contains(Roles.RADAR_ANALYST);
                    });
        }
    }

    @Nested
    class CouncilOfficerWithoutACouncilClaim {

        static final Caller OFFICER = Caller.user("officer.nowhere", null, null, Set.of(Roles.COUNCIL_OFFICER));

        @Test
        void actsForNoCouncil() {
            assertThat(OFFICER.councilOfOfficer()).isEmpty();
            assertThat(OFFICER.actsFor(LEEDS)).isFalse();
        }

        @Test
        void isRefusedWith403() {
            assertForbidden(OFFICER, LEEDS);
        }
    }

    @Nested
    class CouncilClaimWithoutTheOfficerRole {

        static final Caller PEER = Caller.user("peer.one", LEEDS, null, Set.of(Roles.PEER));

        @Test
        void doesNotMakeTheCallerActForTheCouncil() {
            assertThat(PEER.councilOfOfficer()).isEmpty();
            assertThat(PEER.actsFor(LEEDS)).isFalse();
        }
    }

    @Nested
    class WiderRoles {

        static final Caller ADVISER = Caller.user("adviser", null, null, Set.of(Roles.LGA_ADVISER));

        @Test
        void actForAnyCouncilWhenNamed() {
            assertThat(ADVISER.actsFor(LEEDS, Roles.RADAR_ANALYST, Roles.LGA_ADVISER)).isTrue();
            assertThat(ADVISER.actsFor(YORK, Roles.LGA_ADVISER)).isTrue();
            assertThatCode(() -> ADVISER.requireActsFor(YORK, Roles.LGA_ADVISER)).doesNotThrowAnyException();
        }

        @Test
        void doNotActForACouncilWhenNotNamed() {
            assertThat(ADVISER.actsFor(LEEDS)).isFalse();
            assertThat(ADVISER.actsFor(LEEDS, Roles.RADAR_ANALYST)).isFalse();
            assertForbidden(ADVISER, LEEDS, Roles.RADAR_ANALYST);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void actsForNoCouncil() {
            assertThat(Caller.ANONYMOUS.isAnonymous()).isTrue();
            assertThat(Caller.ANONYMOUS.actsFor(LEEDS, Roles.LGA_ADVISER)).isFalse();
        }

        @Test
        void isRefusedWith403() {
            assertForbidden(Caller.ANONYMOUS, LEEDS, Roles.LGA_ADVISER);
        }
    }

    @Nested
    class SystemCaller {

        static final Caller JOB = Caller.system("nightly-banding");

        @Test
        void isNamedAfterItsJobAndHasNoRoles() {
            assertThat(JOB.name()).isEqualTo("system:nightly-banding");
            assertThat(JOB.kind()).isEqualTo(Caller.Kind.SYSTEM);
            assertThat(JOB.isAnonymous()).isFalse();
            assertThat(JOB.roles()).isEmpty();
        }

        @Test
        void actsForNoCouncil() {
            assertThat(JOB.actsFor(LEEDS, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN)).isFalse();
            assertForbidden(JOB, LEEDS, Roles.PLATFORM_ADMIN);
        }
    }

    @Test
    void rolesAreCopiedSoTheCallerCannotChangeAfterwards() {
        Set<String> roles = new HashSet<>(Set.of(Roles.PEER));
        Caller caller = Caller.user("peer.one", null, null, roles);
        roles.add(Roles.PLATFORM_ADMIN);

        assertThat(caller.hasRole(Roles.PLATFORM_ADMIN)).isFalse();
    }

    @Test
    void missingRolesAreNoRoles() {
        assertThat(Caller.user("someone", null, null, null).roles()).isEmpty();
    }

    private static void assertForbidden(Caller caller, GssCode council, String... widerRoles) {
        assertThatThrownBy(() -> caller.requireActsFor(council, widerRoles))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.title()).isEqualTo("Forbidden");
                    assertThat(e.getMessage()).isNotBlank();
                    assertThat(e.errors()).isEmpty();
                });
    }
}
