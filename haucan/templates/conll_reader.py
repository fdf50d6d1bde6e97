def read_conll(path):
    """(tokens, tags) per sentence of a CoNLL file: 'token<TAB>tag' lines, a blank line after each sentence."""
    sentences, sentence = [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                sentence.append(line.rstrip("\n").split("\t"))
            elif sentence:
                sentences, sentence = sentences + [sentence], []
    sentences += [sentence] if sentence else []
    return [([token for token, _ in s], [tag for _, tag in s]) for s in sentences]
