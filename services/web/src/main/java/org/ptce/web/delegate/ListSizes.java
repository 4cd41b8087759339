package org.ptce.web.delegate;

/** The size of each place of a proposed list, in words: « 8 lauréats, 3 en liste complémentaire, 68 non retenus ». */
final class ListSizes {

    private ListSizes() {
    }

    static String of(int laureates, int reserve, int notSelected) {
        return laureates + (laureates > 1 ? " lauréats, " : " lauréat, ") + reserve + " en liste complémentaire, "
                + notSelected + (notSelected > 1 ? " non retenus" : " non retenu");
    }
}
