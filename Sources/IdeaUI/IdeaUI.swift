public enum IdeaUI {}
