package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.peerchallenge.domain.ImprovementOffer;
import uk.gov.lga.platform.support.security.CouncilAccess;
import uk.gov.lga.platform.support.security.Roles;

/** The improvement offer as it stands for one council. */
@Path("/councils/{gssCode}/offer")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    static final String GSS_CODE = "[ENSW]\\d{8}";

    @Inject
    ImprovementOffer offer;

    @Inject
    CouncilAccess access;

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "A council's entitlements of the improvement offer",
            description = "The current three-year cycle (from 1 April) and each entitlement with its status: the free "
                    + "corporate peer challenge, leadership-programme places per financial year, member peer support "
                    + "and scrutiny support. Council officers of this council only (token claim council = gssCode), "
                    + "challenge managers, LGA advisers and platform admins: 401 without a token, 403 for anyone "
                    + "else, 400 naming gssCode when it is not a GSS code.")
    public OfferView get(@PathParam("gssCode") @Pattern(regexp = GSS_CODE, message = "must be a GSS code") String gssCode) {
        // The LGA roles support every council; an officer sees only their own council's offer.
        if (!access.hasRole(Roles.CHALLENGE_MANAGER) && !access.hasRole(Roles.LGA_ADVISER)
                && !access.hasRole(Roles.PLATFORM_ADMIN)) {
            access.requireOfficerOf(gssCode);
        }
        return OfferView.of(offer.forCouncil(gssCode));
    }
}
