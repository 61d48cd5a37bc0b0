package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValues;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a request body (JSON or CSV, kept as bytes for Idempotency-Key) into the values it returns. */
@ApplicationScoped
class ReturnBody {

    private final ObjectMapper json;
    private final Validator validator;

    @Inject
    ReturnBody(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    ReturnedValues fromJson(byte[] body, boolean national) throws IOException {
        if (body.length == 0) {
            throw ProblemException.badRequest("The body is empty: expected {\"period\": ..., \"values\": [...]}.");
        }
        DataReturnRequest request = json.readValue(body, DataReturnRequest.class);
        Set<ConstraintViolation<DataReturnRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<ReturnedValue> values = request.returnedValues();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ReturnedValue v : values) {
            if (v.period() == null) {
                errors.add(new Problem.FieldError(v.field("period"), "is missing, and the return names no default period"));
            }
            if (national && v.council() == null) {
                errors.add(new Problem.FieldError(v.field("council"), "is missing: each value of a national dataset names its council"));
            }
            if (!national && v.council() != null) {
                errors.add(new Problem.FieldError(v.field("council"), "is not allowed: the council is the one in the path"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields.", errors);
        }
        return ReturnedValues.of(values);
    }

    ReturnedValues fromCsv(byte[] body, boolean national) {
        return ReturnCsv.parse(body, national);
    }
}
