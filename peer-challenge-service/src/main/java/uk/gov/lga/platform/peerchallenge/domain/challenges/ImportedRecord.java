package uk.gov.lga.platform.peerchallenge.domain.challenges;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ElementInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.RecommendationProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A checked record of an import with what follows from it, ready to be written: the visits numbered in date order,
 * the findings in the kind's element order, each recommendation's progress, the stage moves that brought it to its
 * stage (dated from the record), and its deadlines with the days they were met.
 */
public record ImportedRecord(int position, HistoricalChallenge source, Instant openedAt, List<ChallengeVisit> visits,
                             Map<Element, ElementInput> findings, LocalDate feedbackOn,
                             Map<Integer, RecommendationProgress> progress, LocalDate reviewedOn, List<Move> moves,
                             List<Deadline> deadlines) {

    /** A stage move as the record dates it; {@code from} null for the opening at ENQUIRY. */
    public record Move(ChallengeStage from, ChallengeStage to, Instant at) {
    }

    /** A deadline from the last on-site day; {@code metOn} null while unmet. */
    public record Deadline(DeadlineKind kind, LocalDate dueOn, LocalDate metOn) {
    }

    /** The recommendations in number order: the findings' element order, then their order within the element. */
    public List<Numbered> recommendations() {
        List<Numbered> numbered = new ArrayList<>();
        for (Element element : source.kind().elements()) {
            ElementInput in = findings.get(element);
            if (in != null) {
                for (String text : in.recommendations()) {
                    int number = numbered.size() + 1;
                    RecommendationProgress p = progress.get(number);
                    numbered.add(new Numbered(number, element, text, p == null ? null : p.status(),
                            p == null ? null : p.note()));
                }
            }
        }
        return numbered;
    }

    /** A recommendation with its number and, after the progress review, where it stands. */
    public record Numbered(int number, Element element, String text, ProgressStatus status, String note) {
    }
}
