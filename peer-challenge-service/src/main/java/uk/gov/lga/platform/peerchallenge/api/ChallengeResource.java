package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DataPackService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.net.URI;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Peer challenges through their life: visits, stage moves, findings, report, action plan, progress review, data pack. */
@Path("/challenges")
@Tag(name = "Challenges", description = "Peer challenges from enquiry to progress review: visits, the lifecycle, "
        + "findings, the published report and action plan, the progress review and the LG Inform data pack.")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    static final String READERS = "Callers: challenge-manager, lga-adviser, platform-admin; a council-officer of one of "
            + "the challenge's hosts. Anonymous: 401; another council's officer, peer, radar-analyst, benchmarking-club: "
            + "403; 404 for an unknown id.";
    static final String MANAGERS = "Callers: challenge-manager. Anonymous: 401; everyone else 403 (the hosts' officers "
            + "too); 404 for an unknown id.";
    static final String ILLEGAL = "409 naming both stages when the challenge is not at the stage this move starts from, "
            + "and for a cancelled challenge.";
    static final String ID = "The challenge's id.";
    static final String STAGES = "ENQUIRY|SCOPING|POSITION_STATEMENT|ON_SITE|FEEDBACK_GIVEN|REPORT_PUBLISHED"
            + "|ACTION_PLAN_PUBLISHED|PROGRESS_REVIEWED";
    static final String FINDINGS_EXAMPLE = """
            {"findings": [
              {"element": "LOCAL_PRIORITIES_AND_OUTCOMES", "strengths": ["A clear vision shared with partners"], "areasToConsider": [], "recommendations": []},
              {"element": "ORGANISATIONAL_AND_PLACE_LEADERSHIP", "strengths": ["Visible, trusted leadership"], "areasToConsider": [], "recommendations": []},
              {"element": "GOVERNANCE_AND_CULTURE", "strengths": [], "areasToConsider": ["Scrutiny rarely challenges performance"], "recommendations": ["Refresh the scrutiny work programme"]},
              {"element": "FINANCIAL_PLANNING_AND_MANAGEMENT", "strengths": ["Reserves used with care"], "areasToConsider": ["The medium-term gap is not yet closed"], "recommendations": ["Agree savings for 2027/28 by December"]},
              {"element": "CAPACITY_FOR_IMPROVEMENT", "strengths": ["Staff engaged in change"], "areasToConsider": [], "recommendations": []}],
             "memberChallengeOfPerformanceWeak": true}""";

    private final ChallengeService challenges;
    private final DataPackService dataPacks;
    private final CurrentCaller caller;

    @Inject
    public ChallengeResource(ChallengeService challenges, DataPackService dataPacks, CurrentCaller caller) {
        this.challenges = challenges;
        this.dataPacks = dataPacks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listChallenges", summary = "List peer challenges",
            description = "Oldest first; pass the page's next as after for the following page. Without their history "
                    + "(GET /challenges/{id} gives it). Callers: challenge-manager, lga-adviser, platform-admin (every "
                    + "challenge; filter by host and stage); a council-officer for their own council only (host left "
                    + "out or theirs). Anonymous: 401; everyone else 403.")
    @APIResponse(responseCode = "200", description = "A page of challenges")
    public Page<ChallengeView> list(
            @QueryParam("host") @ValidGssCode
            @Parameter(description = "Challenges this organisation hosts", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH)) String host,
            @QueryParam("stage") @Pattern(regexp = STAGES, message = "must be a stage such as SCOPING")
            @Parameter(description = "Challenges at this stage", example = "SCOPING",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(" + STAGES + ")$", maxLength = CONSTANT_LENGTH))
            String stage,
            @QueryParam("after") @Min(0) @Parameter(description = "The next of the previous page", example = "41",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = ID_MAX)) Long after,
            @Parameter(description = "Challenges per page, 1-500.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(challenges.list(host == null ? null : GssCode.of(host),
                        stage == null ? null : ChallengeStage.valueOf(stage), after, limit + 1, caller.get()),
                limit, ChallengeView::of, c -> Long.toString(c.id()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getChallenge", summary = "One peer challenge",
            description = "Kind, shape, hosts, visits, stage and the next one, every stage move with who made it, and "
                    + "its deadlines. " + READERS)
    @APIResponse(responseCode = "200", description = "The challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChallengeView.class)))
    public ChallengeView get(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return ChallengeView.of(challenges.get(id, caller.get()));
    }

    @PUT
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "scheduleChallengeVisits", summary = "Schedule a challenge's on-site visits",
            description = "One visit of about four days, or several short visits of an extended review: replaces any "
                    + "scheduled before, numbered in date order. The report, action-plan and progress-review deadlines "
                    + "are worked out from the last on-site day. Publishes ChallengeScheduled. " + MANAGERS
                    + " 422 naming each wrong visit (visits[1].endsOn); 409 once feedback is given, and for a cancelled "
                    + "challenge.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VisitsRequest.class),
            examples = @ExampleObject(name = "oneVisit",
                    value = "{\"visits\": [{\"startsOn\": \"2026-09-14\", \"endsOn\": \"2026-09-17\"}]}")))
    @APIResponse(responseCode = "200", description = "The challenge with its visits and deadlines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChallengeView.class)))
    public ChallengeView scheduleVisits(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id,
                                        @NotNull @Valid VisitsRequest request) {
        return ChallengeView.of(challenges.scheduleVisits(id, request.toVisitDates(), caller.get()));
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER})
    @Operation(operationId = "moveChallengeStage", summary = "Move a challenge to its next stage",
            description = "ENQUIRY → SCOPING → POSITION_STATEMENT → ON_SITE; the later stages are reached by recording "
                    + "the findings, the report, the action plan and the progress review. ON_SITE needs scheduled "
                    + "visits and their first day. Callers: challenge-manager; a council-officer of a host for "
                    + "POSITION_STATEMENT (the hosts submit their position statement). Anonymous: 401; everyone else "
                    + "403; 404 for an unknown id. 409 naming both stages for a move the lifecycle does not allow (back, "
                    + "skipping, from the end), for ON_SITE before the visits, and for a cancelled challenge; 422 naming "
                    + "stage for a stage reached by its own operation.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StageRequest.class),
            examples = @ExampleObject(name = "scoping", value = "{\"stage\": \"SCOPING\"}")))
    @APIResponse(responseCode = "200", description = "The challenge at its new stage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChallengeView.class)))
    public ChallengeView move(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id, @NotNull @Valid StageRequest request) {
        return ChallengeView.of(challenges.move(id, request.stage(), caller.get()));
    }

    @PUT
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "recordChallengeFindings", summary = "Record the findings when the team gives its feedback",
            description = "ON_SITE → FEEDBACK_GIVEN, on or after the last on-site day: one finding for every element "
                    + "of the challenge's kind (strengths, areas to consider, recommendations, numbered across the "
                    + "challenge in element order) and the governance finding on member challenge of performance, "
                    + "which when weak grants each host the offer's scrutiny support. Publishes ChallengeCompleted with "
                    + "a summary per element. " + MANAGERS + " " + ILLEGAL + " 409 before the last on-site day; 422 "
                    + "naming a missing, repeated or foreign element.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FindingsRequest.class),
            examples = @ExampleObject(name = "corporate", value = FINDINGS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The findings as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsView.class)))
    public FindingsView recordFindings(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id,
                                       @NotNull @Valid FindingsRequest request) {
        return FindingsView.of(challenges.recordFindings(id, request.toInput(), caller.get()));
    }

    @GET
    @Path("/{id}/findings")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getChallengeFindings", summary = "A challenge's findings",
            description = "Per element, with each recommendation's progress status once reviewed. " + READERS
                    + " 404 before the findings are recorded.")
    @APIResponse(responseCode = "200", description = "The findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsView.class)))
    public FindingsView findings(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return FindingsView.of(challenges.findings(id, caller.get()));
    }

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "publishChallengeReport", summary = "Publish a challenge's report",
            description = "FEEDBACK_GIVEN → REPORT_PUBLISHED: from now on anyone may read it, anonymous included (as the "
                    + "LGA publishes them). Meets the report deadline. Publishes ReportPublished. " + MANAGERS + " "
                    + ILLEGAL)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportRequest.class),
            examples = @ExampleObject(name = "report", value = "{\"title\": \"Corporate peer challenge: Leeds City Council\", "
                    + "\"summary\": \"Leeds is an ambitious council that knows itself well.\", "
                    + "\"url\": \"https://www.local.gov.uk/peer-challenges/leeds-2026.pdf\"}")))
    @APIResponse(responseCode = "201", description = "The published report",
            headers = @Header(name = "Location", description = "GET /challenges/{id}/report",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    public Response publishReport(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id,
                                  @NotNull @Valid ReportRequest request, @Context UriInfo uri) {
        ReportView report = ReportView.of(challenges.publishReport(id, request.toInput(), caller.get()));
        return Response.created(here(uri)).entity(report).build();
    }

    @GET
    @Path("/{id}/report")
    @PermitAll
    @Operation(operationId = "getChallengeReport", summary = "A challenge's published report",
            description = "Callers: anyone, anonymous included, once the report is published. 404 before, and for an "
                    + "unknown id alike.")
    @APIResponse(responseCode = "200", description = "The report with its findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    public ReportView report(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return ReportView.of(challenges.report(id));
    }

    @POST
    @Path("/{id}/action-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER})
    @Operation(operationId = "publishChallengeActionPlan", summary = "Publish the hosts' action plan",
            description = "REPORT_PUBLISHED → ACTION_PLAN_PUBLISHED: at least one action for every recommendation, by its "
                    + "number. From now on anyone may read it. Meets the action-plan deadline. Publishes "
                    + "ActionPlanPublished. Callers: challenge-manager; a council-officer of one of the hosts (the plan "
                    + "is the hosts'). Anonymous: 401; everyone else 403; 404 for an unknown id. " + ILLEGAL
                    + " 422 naming an unknown recommendation (actions[2].recommendation) or those left unanswered.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActionPlanRequest.class),
            examples = @ExampleObject(name = "plan", value = "{\"summary\": \"How we will act on the recommendations.\", "
                    + "\"actions\": [{\"recommendation\": 1, \"action\": \"Agree a scrutiny work programme with the "
                    + "executive\", \"owner\": \"Head of Democratic Services\", \"dueOn\": \"2027-06-30\"}]}")))
    @APIResponse(responseCode = "201", description = "The published action plan",
            headers = @Header(name = "Location", description = "GET /challenges/{id}/action-plan",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionPlanView.class)))
    public Response publishActionPlan(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id,
                                      @NotNull @Valid ActionPlanRequest request, @Context UriInfo uri) {
        ActionPlanView plan = ActionPlanView.of(challenges.publishActionPlan(id, request.toInput(), caller.get()));
        return Response.created(here(uri)).entity(plan).build();
    }

    @GET
    @Path("/{id}/action-plan")
    @PermitAll
    @Operation(operationId = "getChallengeActionPlan", summary = "A challenge's published action plan",
            description = "Callers: anyone, anonymous included, once the plan is published. 404 before, and for an "
                    + "unknown id alike.")
    @APIResponse(responseCode = "200", description = "The action plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionPlanView.class)))
    public ActionPlanView actionPlan(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return ActionPlanView.of(challenges.actionPlan(id));
    }

    @POST
    @Path("/{id}/progress-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "recordChallengeProgressReview", summary = "Record the progress review",
            description = "ACTION_PLAN_PUBLISHED → PROGRESS_REVIEWED, about ten months after the visit: a status for "
                    + "every recommendation (ACHIEVED, IN_PROGRESS, NOT_STARTED, NO_LONGER_APPLICABLE), each once. Meets "
                    + "the progress-review deadline. Publishes ProgressReviewed. " + MANAGERS + " " + ILLEGAL
                    + " 422 naming a recommendation missing, repeated or unknown, or a reviewedOn in the future or not "
                    + "after the visit.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProgressReviewRequest.class),
            examples = @ExampleObject(name = "review", value = "{\"summary\": \"Good progress on governance.\", "
                    + "\"recommendations\": [{\"number\": 1, \"status\": \"ACHIEVED\"}, {\"number\": 2, \"status\": "
                    + "\"IN_PROGRESS\", \"note\": \"Savings agreed for 2027/28; 2028/29 still open\"}]}")))
    @APIResponse(responseCode = "201", description = "The progress review",
            headers = @Header(name = "Location", description = "GET /challenges/{id}/progress-review",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressReviewView.class)))
    public Response recordProgressReview(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id,
                                         @NotNull @Valid ProgressReviewRequest request, @Context UriInfo uri) {
        ProgressReviewView review = ProgressReviewView.of(challenges.recordProgressReview(id, request.toInput(), caller.get()));
        return Response.created(here(uri)).entity(review).build();
    }

    @GET
    @Path("/{id}/progress-review")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getChallengeProgressReview", summary = "A challenge's progress review",
            description = READERS + " 404 before the review is recorded.")
    @APIResponse(responseCode = "200", description = "The progress review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressReviewView.class)))
    public ProgressReviewView progressReview(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return ProgressReviewView.of(challenges.progressReview(id, caller.get()));
    }

    @GET
    @Path("/{id}/data-pack")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getChallengeDataPack", summary = "A challenge's data pack from LG Inform",
            description = "Each council host's LG Inform comparisons with its nearest neighbours (and England) on the "
                    + "configured metrics (peer-challenge.data-pack.metrics). With LG Inform down or slow: 200 with "
                    + "available false and a reason, at once once its circuit is open; a fire and rescue host has no "
                    + "comparisons. " + READERS)
    @APIResponse(responseCode = "200", description = "The data pack, or why it is not available",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataPackView.class)))
    public DataPackView dataPack(@PathParam("id") @Parameter(description = ID, example = "41",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return DataPackView.of(dataPacks.forChallenge(id, caller.get()));
    }

    private static URI here(UriInfo uri) {
        return uri.getAbsolutePath();
    }
}
