extension MatchFeature {
    /// Every match feature, in the order of output columns and of the score's sum.
    ///
    /// Adding a feature is one file (a ``MatchFeatureDefinition`` and its `MatchFeature`
    /// constant) and one line here; its default weight is 0 until a weight set names it.
    static let registry: [any MatchFeatureDefinition.Type] = [
        TopicFitFeature.self,
        ProximityFeature.self,
        SharedPartnersFeature.self,
        ConsortiumOverlapFeature.self,
        ExperienceFeature.self,
        ActivityFeature.self,
        PilotExperienceFeature.self,
        ComplementarityFeature.self,
        GeographyFeature.self,
        CapacityFeature.self,
        RecencyFeature.self,
        NewcomerWelcomeFeature.self,
        SameCountryFeature.self,
    ]
}
