package org.gongshi.plugin.objections;

import java.time.Instant;

/** One step in an objection's history: who did what when, from which state to which, and the note they gave. */
record Event(int sequence, Instant occurredAt, String actor, Action action, State from, State to, String note) {}
