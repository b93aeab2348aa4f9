package org.gongshi.content.editorial;

/**
 * One line of a line-by-line comparison, with its number in the older text ({@code oldNumber}, null for an inserted
 * line) and in the newer one ({@code newNumber}, null for a deleted line); numbers count from 1.
 */
public record DiffLine(LineChange change, Integer oldNumber, Integer newNumber, String text) {}
