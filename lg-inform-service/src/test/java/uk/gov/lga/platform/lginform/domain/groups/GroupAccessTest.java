package uk.gov.lga.platform.lginform.domain.groups;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lga.platform.lginform.Fixtures.ADMIN;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS_OFFICER;
import static uk.gov.lga.platform.lginform.Fixtures.YORK;
import static uk.gov.lga.platform.lginform.Fixtures.club;
import static uk.gov.lga.platform.lginform.Fixtures.officer;

class GroupAccessTest {

    @Test
    void officersOfTheOwnerCouncilSeeAndDeleteItsGroup() {
        CustomGroup group = group(LEEDS, null, List.of());
        GroupAccess colleague = new GroupAccess(officer("officer2.leeds", LEEDS));

        assertThat(colleague.canSee(group)).isTrue();
        assertThat(colleague.mayDelete(group)).isTrue();
        assertThat(new GroupAccess(officer("officer.york", YORK)).canSee(group)).isFalse();
    }

    @Test
    void ownerClubSeesAndDeletesANamedClubOnlySees() {
        CustomGroup group = group(null, "club-north", List.of("club-shared"));

        assertThat(new GroupAccess(club("club-north")).mayDelete(group)).isTrue();
        assertThat(new GroupAccess(club("club-shared")).canSee(group)).isTrue();
        assertThat(new GroupAccess(club("club-shared")).mayDelete(group)).isFalse();
        assertThat(new GroupAccess(club("club-other")).canSee(group)).isFalse();
    }

    @Test
    void platformAdminSeesAndDeletesEveryGroupButMakesNone() {
        CustomGroup group = group(LEEDS, null, List.of());
        GroupAccess admin = new GroupAccess(ADMIN);

        assertThat(admin.canSee(group)).isTrue();
        assertThat(admin.mayDelete(group)).isTrue();
        assertThat(admin.mayCreate()).isFalse();
        assertThat(admin.seesAnyCustomGroup()).isTrue();
    }

    @Test
    void aCouncilClaimCountsOnlyForACouncilOfficer() {
        Caller analyst = Caller.user("analyst", GssCode.of(LEEDS), null, Set.of(Roles.RADAR_ANALYST));

        assertThat(new GroupAccess(analyst).council()).isNull();
        assertThat(new GroupAccess(analyst).canSee(group(LEEDS, null, List.of()))).isFalse();
        assertThat(new GroupAccess(LEEDS_OFFICER).council()).isEqualTo(LEEDS);
    }

    @Test
    void anonymousAndSystemCallersSeeNoCustomGroup() {
        CustomGroup group = group(LEEDS, null, List.of());

        assertThat(new GroupAccess(Caller.ANONYMOUS).canSee(group)).isFalse();
        assertThat(new GroupAccess(Caller.system("release")).seesAnyCustomGroup()).isFalse();
    }

    private static CustomGroup group(String ownerCouncil, String ownerClient, List<String> clubs) {
        CustomGroup group = new CustomGroup();
        group.ownerCouncil = ownerCouncil;
        group.ownerClient = ownerClient;
        group.clubs.addAll(clubs);
        return group;
    }
}
