extension Extractor {
    /// Makes the look-up tables that extraction derives from `lexicon` alone and keeps for the
    /// life of the process (the inflected forms of its verb lists and of the rules' own verbs,
    /// the built-in lexicon's word sets),
    /// so that the next extraction with this lexicon finds them made. A program can call this
    /// on another thread while it reads its input; extraction gives the same result either way.
    public static func prepare(lexicon: Lexicon) {
        // The tables first: extraction's own thread, once the text is split, makes the word
        // sets itself if they are not made yet (see ExtractionRun.init), then takes these.
        _ = LexiconTables.of(lexicon)
        _ = LexiconSets.of(lexicon)
        _ = ExtractionRun.denyForms
        _ = ExtractionRun.directiveForms
    }
}
