def read_conll(path):
    """(tokens, tags) per sentence of a CoNLL file: 'token<TAB>tag' per line, a blank line after each sentence."""
    sentences, tokens, tags = [], [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                token, tag = line.rstrip("\n").split("\t")
                tokens.append(token)
                tags.append(tag)
            elif tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
    return sentences + ([(tokens, tags)] if tokens else [])
