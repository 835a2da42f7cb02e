// Which tools a server or a request offers: the flags, the environment and a request's narrowing all
// come down to this; client profiles and printed configurations name one too.
export interface Selection {
  toolsets?: string[];
  tools?: string[];
  excludeTools?: string[];
  readOnly?: boolean;
}
