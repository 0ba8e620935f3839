extension Unicode.Scalar {
    /// C0 controls, DEL and C1 controls: characters that would act on a terminal or break
    /// a file format if written raw. Tab and line feed are among them; callers that keep
    /// those say so.
    public var isControlCode: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
