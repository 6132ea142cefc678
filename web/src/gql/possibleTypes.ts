
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SectionChoices": [
      "CustomerTrackingLinkTemplate",
      "TrackingLinkOverrides",
      "TrackingLinkTemplate"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "SectionChoices": [
      "CustomerTrackingLinkTemplate",
      "TrackingLinkOverrides",
      "TrackingLinkTemplate"
    ]
  }
};
      export default result;
    