extension Extractor {
    /// Makes the look-up tables that extraction derives from `lexicon` alone and keeps for the
    /// life of the process (the inflected forms of its verb lists and of the rules' own verbs,
    /// the built-in lexicon's word sets),
    /// so that the next extraction with this lexicon finds them made. A program can call this
    /// on another thread while it reads its input; extraction gives the same result either way.
    public static func prepare(lexicon: Lexicon) {
        for lemmas in [lexicon.reportingVerbs, lexicon.stanceVerbs, lexicon.infinitiveStanceVerbs,
                       lexicon.conflictVerbs, lexicon.agreementVerbs] {
            _ = Lexicon.forms(lemmas)
        }
        _ = ExtractionRun.denyForms
        _ = ExtractionRun.directiveForms
        _ = LexiconSets.of(lexicon)
    }
}
