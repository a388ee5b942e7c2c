"""The agenda editor, the registration import and the participants."""
