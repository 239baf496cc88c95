"""srlcap: captions and hard negatives from semantic-role frames, for fine-grained CLIP adaptation."""
__version__ = "0.1.0"
