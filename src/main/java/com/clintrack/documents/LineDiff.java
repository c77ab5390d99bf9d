package com.clintrack.documents;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two texts (longest common subsequence), for comparing versions. */
public final class LineDiff {

    /** What happened to a line going from the older text to the newer one. */
    public enum Change { SAME, REMOVED, ADDED }

    /** One line of the comparison. */
    public record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> of(List<String> older, List<String> newer) {
        int n = older.size();
        int m = newer.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = older.get(i).equals(newer.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (older.get(i).equals(newer.get(j))) {
                out.add(new Line(Change.SAME, older.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line(Change.REMOVED, older.get(i++)));
            } else {
                out.add(new Line(Change.ADDED, newer.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Change.REMOVED, older.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Change.ADDED, newer.get(j++)));
        }
        return out;
    }
}
