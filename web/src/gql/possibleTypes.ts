
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SectionChoices": [
      "CustomerTrackingLinkTemplate",
      "OrderLinkOverrides",
      "TrackingLinkOverrides",
      "TrackingLinkTemplate"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "SectionChoices": [
      "CustomerTrackingLinkTemplate",
      "OrderLinkOverrides",
      "TrackingLinkOverrides",
      "TrackingLinkTemplate"
    ]
  }
};
      export default result;
    