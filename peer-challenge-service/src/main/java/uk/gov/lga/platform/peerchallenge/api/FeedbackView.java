package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.FeedbackSource;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerFeedback;

import java.time.Instant;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "Feedback on a peer after one challenge.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackView(@Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "5") long id,
                           @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "17") long peerId,
                           @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "42") long challengeId,
                           @Schema(description = "HOST: an officer of a host; MANAGER: a challenge manager.") FeedbackSource source,
                           @Schema(required = true, minimum = "1", maximum = "5", examples = "4") int rating,
                           @Schema(maxLength = LINE, examples = "Clear, well-prepared challenge on finance.") String comment,
                           @Schema(required = true, description = "The user who gave it.", maxLength = USER,
                                   pattern = NOT_BLANK, examples = "manager") String givenBy,
                           Instant givenAt) {

    static FeedbackView of(PeerFeedback f) {
        return new FeedbackView(f.id, f.peerId, f.challengeId, f.source, f.rating, f.comment, f.givenBy, f.givenAt);
    }
}
