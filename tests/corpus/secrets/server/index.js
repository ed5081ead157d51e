const express = require("express");
const jwt = require("jsonwebtoken");
const sgMail = require("@sendgrid/mail");

const JWT_SECRET = process.env.JWT_SECRET || "supersecret";
const mongoUri = "mongodb+srv://admin:ze8ssZ2yVgVw2QrUp4n+H@cluster0.ab1cd.mongodb.net/shop?retryWrites=true";
sgMail.setApiKey("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");
const twilio = require("twilio")("AC709978d2ab7be4cb75bbea42efb35321", "2ddf1bb10b870f597106e226b1fb26dd");
const twilioAccount = "AC709978d2ab7be4cb75bbea42efb35321";
const discordToken = "M2SBQwoTorOkldCcG2zzD7hf3O.UYjw9q.fre-k4VSNNuVHaLsFYttS6xg8_SjwR8EeSXGm8";
const app = express();

app.post("/register", (req, res) => {
  const password = req.body.password;
  if (!password || password.length < 8) return res.status(400).json({ error: "Password too short" });
  const { password: _omit, ...safeUser } = req.body;
  const token = jwt.sign({ sub: safeUser.email }, process.env.JWT_SECRET, { expiresIn: "1h" });
  res.json({ token });
});
