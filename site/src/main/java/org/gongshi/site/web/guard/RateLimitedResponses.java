package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.Pages;

/**
 * 429 with Retry-After: a page with a fresh challenge for people, problem+json for the API. It lives here rather than
 * in ErrorPages because only the guard can issue the challenge the response carries.
 */
final class RateLimitedResponses implements ExceptionHandler<RateLimitedException> {
    private final Pages pages;
    private final Messages messages;
    private final ProofOfWorkChallenge challenge;

    RateLimitedResponses(Pages pages, Messages messages, ProofOfWorkChallenge challenge) {
        this.pages = requireNonNull(pages, "pages");
        this.messages = requireNonNull(messages, "messages");
        this.challenge = requireNonNull(challenge, "challenge");
    }

    @Override
    public void handle(RateLimitedException refusal, Context context) {
        long seconds = refusal.retryAfterSeconds();
        context.status(429).header("Retry-After", String.valueOf(seconds)).header("Cache-Control", "no-store");
        switch (refusal.presentation()) {
            case PAGE -> page(refusal, context, seconds);
            case FORM -> pages.render(context, "guard/challenge.peb", Map.of("retryAfter", waitInWords(seconds), "form", true),
                    context.path());
            case PROBLEM -> problem(refusal, context, seconds);
        }
    }

    private void page(RateLimitedException refusal, Context context, long seconds) {
        Map<String, Object> model = new HashMap<>();
        model.put("retryAfter", waitInWords(seconds));
        model.put("returnTo", ReturnAddress.of(context.path(), context.queryParamMap(), refusal.unechoed()));
        if (refusal.challengeOffered()) {
            model.put("challenge", challenge.issue());
        }
        pages.render(context, "guard/challenge.peb", model, context.path());
    }

    /** How long to wait as people say it: 40 秒, 2 分钟 (rounded up), 1 小时. */
    private String waitInWords(long seconds) {
        if (seconds < 60) {
            return messages.get("guard.wait.seconds", seconds);
        }
        if (seconds < 3_600) {
            return messages.get("guard.wait.minutes", (seconds + 59) / 60);
        }
        return messages.get("guard.wait.hours", (seconds + 3_599) / 3_600);
    }

    private void problem(RateLimitedException refusal, Context context, long seconds) {
        String detail = messages.get(refusal.challengeOffered() ? "guard.api.challenge" : "guard.api.refused",
                seconds, Guard.PROOF_HEADER);
        context.json(new RateLimitProblem("about:blank", messages.get("guard.title"), 429, detail,
                refusal.challengeOffered() ? ChallengeEndpoints.API_PATH : null))
                .contentType("application/problem+json");
    }

    /** RFC 9457 with one extension member: where to fetch a challenge, absent when none would help. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RateLimitProblem(String type, String title, int status, String detail, String challenge) {}
}
