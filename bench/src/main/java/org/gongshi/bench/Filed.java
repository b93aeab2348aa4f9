package org.gongshi.bench;

/** A filing the site acknowledged with a receipt: what was sent and what the applicant was told. */
record Filed(Submission submission, FiledReceipt receipt) {}
