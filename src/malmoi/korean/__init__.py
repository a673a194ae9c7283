"""Korean knowledge that both stages share (article structure and quotes): names, the shapes
of speaker labels, and the data files' loaders. Nothing here loads kiwipiepy."""
