package fr.ameguide.content;

public enum QuestionType { CHOICE, NUMBER, AMOUNT, DATE }
